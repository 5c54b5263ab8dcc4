# SPDX-License-Identifier: GPL-3.0-or-later
# Settings every Masar target links PRIVATE: warnings and Qt's safety macros.
add_library(masar_options INTERFACE)
target_compile_options(masar_options INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
# GCC's -Wshadow=local has no clang spelling; clang (the fuzzing build) gets no shadow warning.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(masar_options INTERFACE -Wshadow=local)
endif()
if(MASAR_WERROR)
    target_compile_options(masar_options INTERFACE -Werror)
endif()
target_compile_definitions(masar_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MASAR_VERSION="${PROJECT_VERSION}"
    MASAR_APP_ID="${MASAR_APP_ID}")

if(MASAR_SANITIZE)
    # Applied globally so that every object, including Qt's generated moc/rcc files, is instrumented.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(MASAR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MASAR_FUZZ needs clang (CC=clang CXX=clang++)")
    endif()
    # Coverage instrumentation for everything the harness reaches; the harness links the fuzzer.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
