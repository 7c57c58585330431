# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -D PROGRAM=p -D ARGUMENTS="a b" -D OUTPUT=file -P run-to-file.cmake
# Runs PROGRAM with ARGUMENTS, its standard output into OUTPUT (replaced only when the program
# succeeds), in the C locale so that generated texts are the English originals.
set(ENV{LC_ALL} C.UTF-8)
unset(ENV{LANGUAGE})
separate_arguments(arguments UNIX_COMMAND "${ARGUMENTS}")
execute_process(COMMAND "${PROGRAM}" ${arguments} OUTPUT_FILE "${OUTPUT}.part"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.part")
    message(FATAL_ERROR "${PROGRAM} ${ARGUMENTS} failed: ${result}")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
