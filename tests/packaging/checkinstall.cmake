# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the build tree into a scratch DESTDIR with prefix /usr and checks that every file a
# desktop needs is where the XDG specifications look for it, and that the files name each other
# consistently (desktop Exec/Icon, metainfo launchable).
#   cmake -DBUILD_DIR=... -DDESTDIR=... -DAPP_ID=... -DDEMO_DIR=... -P checkinstall.cmake

cmake_minimum_required(VERSION 3.25)

foreach(var BUILD_DIR DESTDIR APP_ID DEMO_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkinstall.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${DESTDIR}")
set(ENV{DESTDIR} "${DESTDIR}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(root "${DESTDIR}/usr")
set(failures)
macro(expect_file path)
    if(NOT EXISTS "${root}/${path}" OR IS_DIRECTORY "${root}/${path}")
        list(APPEND failures "missing: /usr/${path}")
    endif()
endmacro()

expect_file(bin/synoptic)
if(EXISTS "${root}/bin/synoptic")
    # An installed program must not look for libraries in the build tree.
    execute_process(COMMAND readelf -d "${root}/bin/synoptic" OUTPUT_VARIABLE dyn ERROR_QUIET)
    if(dyn MATCHES "R(UN)?PATH[^\n]*${BUILD_DIR}")
        list(APPEND failures "/usr/bin/synoptic keeps an RPATH into the build tree")
    endif()
endif()
expect_file(share/applications/${APP_ID}.desktop)
expect_file(share/metainfo/${APP_ID}.metainfo.xml)
expect_file(share/icons/hicolor/scalable/apps/${APP_ID}.svg)

# The demo story: every article and sources.csv, but not the annotators' notes.
file(GLOB demo_files RELATIVE "${DEMO_DIR}" "${DEMO_DIR}/*")
list(REMOVE_ITEM demo_files ANNOTATIONS.md)
list(LENGTH demo_files demo_count)
if(demo_count LESS 6)
    list(APPEND failures "the source tree's demo story has only ${demo_count} files: ${demo_files}")
endif()
foreach(name IN LISTS demo_files)
    expect_file(share/synoptic/demo/${name})
endforeach()
if(EXISTS "${root}/share/synoptic/demo/ANNOTATIONS.md")
    list(APPEND failures "ANNOTATIONS.md is installed with the demo story; the app would show it as an article")
endif()

set(desktop "${root}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" exec_line REGEX "^Exec=")
    file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_name "${exec_line}")
    if(NOT EXISTS "${root}/bin/${exec_name}")
        list(APPEND failures "desktop file runs '${exec_name}', which is not installed in /usr/bin")
    endif()
    if(NOT icon_line STREQUAL "Icon=${APP_ID}")
        list(APPEND failures "desktop file has '${icon_line}', expected Icon=${APP_ID}")
    endif()
endif()
set(metainfo "${root}/share/metainfo/${APP_ID}.metainfo.xml")
if(EXISTS "${metainfo}")
    file(READ "${metainfo}" xml)
    if(NOT xml MATCHES "<id>${APP_ID}</id>")
        list(APPEND failures "metainfo's <id> is not ${APP_ID}")
    endif()
    if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
        list(APPEND failures "metainfo does not launch ${APP_ID}.desktop")
    endif()
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "install layout under ${DESTDIR}:\n  ${text}")
endif()
file(GLOB_RECURSE installed RELATIVE "${DESTDIR}" "${DESTDIR}/*")
list(LENGTH installed count)
message(STATUS "install layout OK: ${count} files under ${DESTDIR}")
