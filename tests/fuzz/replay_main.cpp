// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs a fuzz harness's LLVMFuzzerTestOneInput over kept inputs without libFuzzer, so the
// crashes found by fuzzing (tests/data/fuzz/<harness>/) stay fixed in every ordinary build:
//   fuzz_replay_<harness> FILE_OR_FOLDER...
// A crash or a broken invariant aborts, which fails the ctest test; no input at all fails too.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    const std::vector<char> content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::fprintf(stderr, "replaying %s (%zu bytes)\n", file.c_str(), content.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(content.data()), content.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path, error)) {
                if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
            for (const auto &file : files)
                count += replay(file) ? 1 : 0;
        } else if (!replay(path)) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        } else {
            ++count;
        }
    }
    std::printf("replayed %d input(s) without a crash\n", count);
    return count > 0 ? 0 : 1;
}
