// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// synoptic_mdtohtml: the handbook's Markdown to one self-contained HTML page at build time
// (md4c-html, GitHub dialect: tables, autolinks). Headings get ids made from their text, as
// GitHub makes them, so the contents' "#opening-a-story" links work inside QTextBrowser.
//   synoptic_mdtohtml IN.md OUT.html TITLE

#include <md4c-html.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>

namespace {

std::string slug(const std::string &heading)
{
    std::string out;
    for (unsigned char c : heading) {
        if (std::isalnum(c))
            out += char(std::tolower(c));
        else if (c == ' ' || c == '-')
            out += '-';
        else if (c >= 0x80)
            out += char(c); // keep UTF-8 letters as they are
    }
    return out;
}

// <h2>Opening a story</h2> -> <h2 id="opening-a-story">Opening a story</h2>
std::string addHeadingIds(const std::string &html)
{
    static const std::regex heading(R"(<h([1-6])>([^<]*)</h\1>)");
    std::string out;
    auto last = html.cbegin();
    for (std::sregex_iterator it(html.cbegin(), html.cend(), heading), end; it != end; ++it) {
        out.append(last, (*it)[0].first);
        out += "<h" + (*it)[1].str() + " id=\"" + slug((*it)[2].str()) + "\">" + (*it)[2].str() + "</h" + (*it)[1].str() + ">";
        last = (*it)[0].second;
    }
    out.append(last, html.cend());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::cerr << "usage: synoptic_mdtohtml IN.md OUT.html TITLE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "synoptic_mdtohtml: cannot read " << argv[1] << "\n";
        return 1;
    }
    std::stringstream source;
    source << in.rdbuf();
    const std::string markdown = source.str();
    std::string body;
    const int rc = md_html(
        markdown.data(), MD_SIZE(markdown.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *userdata) { static_cast<std::string *>(userdata)->append(text, size); },
        &body, MD_DIALECT_GITHUB, 0);
    if (rc != 0) {
        std::cerr << "synoptic_mdtohtml: " << argv[1] << " is not valid Markdown\n";
        return 1;
    }
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << argv[3] << "</title>\n"
        << "<style>body { font-family: sans-serif; line-height: 1.4; } h1, h2 { margin-top: 1.2em; } "
           "code, pre { font-family: monospace; } pre { margin-left: 1em; }</style>\n"
        << "</head><body>\n"
        << addHeadingIds(body) << "</body></html>\n";
    if (!out) {
        std::cerr << "synoptic_mdtohtml: cannot write " << argv[2] << "\n";
        return 1;
    }
    return 0;
}
