# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into copies of the .ts files and fails when a message is left
# unfinished (new or changed tr() strings without a translation) or has gone obsolete.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    file(COPY "${TS_DIR}/${ts}" DESTINATION "${WORK_DIR}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none ${SOURCES} -ts "${WORK_DIR}/${ts}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "${ts}: lupdate failed: ${output}")
        set(failed TRUE)
        continue()
    endif()
    file(STRINGS "${WORK_DIR}/${ts}" unfinished REGEX "type=\"(unfinished|obsolete|vanished)\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "${ts}: ${count} unfinished or obsolete messages:\n${unfinished}")
        set(failed TRUE)
    else()
        message(STATUS "${ts}: every message translated")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are incomplete; run the masar_lupdate target and translate")
endif()
