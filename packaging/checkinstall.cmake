# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a staging prefix and checks that everything a desktop needs is there and
# that the installed binary runs. In: BUILD_DIR STAGE APP_ID VERSION ICON_SIZES HAVE_PNG_ICONS BINDIR DATADIR
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(expected
    "${BINDIR}/masar"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
if(HAVE_PNG_ICONS)
    foreach(size IN LISTS ICON_SIZES)
        list(APPEND expected "${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    endforeach()
endif()
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${STAGE}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "not installed:\n  ${text}")
endif()

# Everything the app reads is compiled in, so the staged copy must run away from the build tree.
execute_process(COMMAND "${STAGE}/${BINDIR}/masar" --version
    WORKING_DIRECTORY "${STAGE}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT output MATCHES "${VERSION}")
    message(FATAL_ERROR "installed masar --version: status ${result}, output '${output}' '${errors}'")
endif()
message(STATUS "install tree complete (${STAGE}); ${output}")
