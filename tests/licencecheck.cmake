# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file says its licence in its first lines (an SPDX identifier): a file added
# without it fails this check, naming the file.
file(GLOB_RECURSE sources RELATIVE "${ROOT}"
     "${ROOT}/common/*.cpp" "${ROOT}/common/*.h" "${ROOT}/common/*.qml"
     "${ROOT}/kiosk/*.cpp" "${ROOT}/kiosk/*.h" "${ROOT}/kiosk/*.qml"
     "${ROOT}/counter/*.cpp" "${ROOT}/counter/*.h"
     "${ROOT}/display/*.cpp" "${ROOT}/display/*.h" "${ROOT}/display/*.qml"
     "${ROOT}/antrianctl/*.cpp" "${ROOT}/antrianctl/*.h"
     "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h"
     "${ROOT}/*CMakeLists.txt")
set(missing "")
foreach(f IN LISTS sources)
    if(f MATCHES "^build" OR f MATCHES "/build/")
        continue()
    endif()
    file(STRINGS "${ROOT}/${f}" head LIMIT_COUNT 3)
    string(FIND "${head}" "SPDX-License-Identifier: GPL-3.0-or-later" at)
    if(at EQUAL -1)
        list(APPEND missing "${f}")
    endif()
endforeach()
list(LENGTH sources checked)
if(missing)
    list(JOIN missing "\n  " shown)
    message(FATAL_ERROR "no licence line (SPDX-License-Identifier: GPL-3.0-or-later) in the first lines of:\n  ${shown}")
endif()
message(STATUS "${checked} source files, each with its licence line")
