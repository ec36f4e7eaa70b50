# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks the .deb's Depends (the "# runtime:" markers of packaging/build-depends.txt) against the
# program: every shared library the program links directly must come from a listed package, and
# every listed package must exist. Catches a library added to the build but not to the package.
#   cmake -DPROGRAM=path/to/synoptic -DPACKAGES=pkg,pkg,... -P checkdepends.cmake

cmake_minimum_required(VERSION 3.25)

find_program(DPKG_QUERY dpkg-query)
find_program(LDD ldd)
if(NOT DPKG_QUERY OR NOT LDD)
    message("SKIPPED: no dpkg-query or ldd here, so no Debian packages to check against")
    return()
endif()
if(NOT EXISTS "${PROGRAM}")
    message(FATAL_ERROR "no program at '${PROGRAM}'")
endif()
string(REPLACE "," ";" PACKAGES "${PACKAGES}")
if(NOT PACKAGES)
    message(FATAL_ERROR "no runtime packages given (the # runtime: markers in build-depends.txt)")
endif()

set(failures)
foreach(package IN LISTS PACKAGES)
    execute_process(COMMAND ${DPKG_QUERY} -W --showformat=\${Status} ${package}
                    OUTPUT_VARIABLE status ERROR_QUIET RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT status MATCHES "installed$")
        list(APPEND failures "runtime package '${package}' is not installed here (misspelt?)")
    endif()
endforeach()

execute_process(COMMAND readelf -d "${PROGRAM}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${PROGRAM} failed")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" needed_lines "${dynamic}")
execute_process(COMMAND ${LDD} "${PROGRAM}" OUTPUT_VARIABLE ldd_out)
# "\tlibfoo.so.1 => /lib/x86_64-linux-gnu/libfoo.so.1 (0x...)"; sonames such as libstdc++ hold
# regex characters, so they are looked up as variable names rather than matched.
string(REPLACE "\n" ";" ldd_lines "${ldd_out}")
foreach(ldd_line IN LISTS ldd_lines)
    if(ldd_line MATCHES "^[ \t]*([^ ]+) => (/[^ ]+)")
        set("resolved_${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}")
    endif()
endforeach()

set(checked 0)
foreach(line IN LISTS needed_lines)
    string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" soname "${line}")
    set(path "${resolved_${soname}}")
    if(NOT path)
        list(APPEND failures "${soname}: not found by ldd")
        continue()
    endif()
    # With merged /usr, ldd may name /lib/... where dpkg recorded /usr/lib/... or the other way.
    string(REGEX REPLACE "^/usr/" "/" other "${path}")
    if(other STREQUAL path)
        set(other "/usr${path}")
    endif()
    set(owner)
    foreach(candidate "${path}" "${other}")
        execute_process(COMMAND ${DPKG_QUERY} -S "${candidate}"
                        OUTPUT_VARIABLE owner_out ERROR_QUIET RESULT_VARIABLE rc)
        if(rc EQUAL 0)
            string(REGEX REPLACE "^([^:,]+).*" "\\1" owner "${owner_out}")
            break()
        endif()
    endforeach()
    if(NOT owner)
        list(APPEND failures "${soname} (${path}): no Debian package owns it")
    elseif(NOT owner IN_LIST PACKAGES)
        list(APPEND failures "${soname} comes from '${owner}', which is not a runtime package in build-depends.txt")
    endif()
    math(EXPR checked "${checked} + 1")
endforeach()

if(checked EQUAL 0)
    list(APPEND failures "readelf found no NEEDED libraries in ${PROGRAM}")
endif()
if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "runtime Depends do not match ${PROGRAM}:\n  ${text}")
endif()
list(LENGTH PACKAGES package_count)
message(STATUS "${checked} linked libraries, all from the ${package_count} runtime packages")
