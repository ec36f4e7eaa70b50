# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Extracts the user-visible strings of app/, ui/ and core/ into the translation files, with one
# lupdate command for both uses, so the check can never drift from the update:
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DMODE=update -P lupdate.cmake
#       rewrites translations/synoptic.ts (the template) and every translations/synoptic_LANG.ts
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DMODE=check -DSCRATCH=DIR -P lupdate.cmake
#       runs lupdate on a copy of the template and fails when it would change it
# No source locations are written (-locations none): the files change only when strings do.

cmake_minimum_required(VERSION 3.25)
foreach(var LUPDATE SOURCE_DIR MODE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "lupdate.cmake needs -D${var}=...")
    endif()
endforeach()

# -I: the sources include each other as "ui/x.h", which lupdate must follow to learn the
# classes' namespaces (the contexts are the fully qualified class names tr() uses at run time).
set(options -silent -locations none -no-obsolete -extensions cpp,h -recursive -I "${SOURCE_DIR}")
set(inputs "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/core")
set(template "${SOURCE_DIR}/translations/synoptic.ts")

if(MODE STREQUAL "update")
    file(GLOB translations "${SOURCE_DIR}/translations/synoptic_*.ts")
    execute_process(COMMAND "${LUPDATE}" ${options} ${inputs} -ts "${template}" ${translations}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc})")
    endif()
elseif(MODE STREQUAL "check")
    file(REMOVE_RECURSE "${SCRATCH}")
    file(MAKE_DIRECTORY "${SCRATCH}")
    file(COPY_FILE "${template}" "${SCRATCH}/synoptic.ts")
    execute_process(COMMAND "${LUPDATE}" ${options} ${inputs} -ts "${SCRATCH}/synoptic.ts"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc})")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${template}" "${SCRATCH}/synoptic.ts" RESULT_VARIABLE differ)
    if(differ)
        execute_process(COMMAND diff -u "${template}" "${SCRATCH}/synoptic.ts")
        message(FATAL_ERROR "translations/synoptic.ts is out of date: user-visible strings were added, changed or "
                            "removed. Run `cmake --build <build dir> --target synoptic_lupdate`, translate the new "
                            "strings in translations/synoptic_*.ts, and commit the .ts files.")
    endif()
    message(STATUS "translations/synoptic.ts matches the sources")
else()
    message(FATAL_ERROR "MODE must be update or check, not '${MODE}'")
endif()
