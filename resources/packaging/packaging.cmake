# SPDX-License-Identifier: GPL-3.0-or-later
# Debian packages from this build: `cpack -G DEB` in the build folder writes four .deb files,
# one per CMake install COMPONENT:
#   antrian-common  (common)   antrianctl, the sample branch config and the chime: every PC
#   antrian-kiosk   (kiosk)    the ticket kiosk and rating pad: the only one with printer code
#   antrian-counter (counter)  the staff and supervisor station
#   antrian-display (display)  the lobby TV
# Each app's binary is installed by its own CMakeLists.txt (COMPONENT kiosk, ...); what is here
# is what only a package needs: menu entry, icon, manual page, copyright and changelog.
# Included from the top-level CMakeLists.txt after the apps, whose targets the man pages run.

set(ANTRIAN_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(ANTRIAN_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${ANTRIAN_PACKAGING_OUT})

# The changelog is the one home of the package's version: its newest entry must be this
# project's version, its Debian revision is the package's release, its date is the man pages'.
set(antrian_changelog ${ANTRIAN_PACKAGING_DIR}/changelog)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${antrian_changelog})
find_program(DPKG_PARSECHANGELOG dpkg-parsechangelog)
if(DPKG_PARSECHANGELOG)
    foreach(field Version Timestamp Maintainer)
        execute_process(COMMAND ${DPKG_PARSECHANGELOG} -l ${antrian_changelog} -S ${field}
                        OUTPUT_VARIABLE antrian_changelog_${field} OUTPUT_STRIP_TRAILING_WHITESPACE
                        COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
    if(NOT antrian_changelog_Version MATCHES "^${PROJECT_VERSION}-([0-9]+)$")
        message(FATAL_ERROR "resources/packaging/changelog: its newest entry is ${antrian_changelog_Version}, "
                            "but the project is ${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION}-1 at its top.")
    endif()
    set(antrian_deb_release ${CMAKE_MATCH_1})
else()
    message(STATUS "No dpkg-parsechangelog (Debian dpkg-dev): packages get release 1 and today's date")
    set(antrian_deb_release 1)
    string(TIMESTAMP antrian_changelog_Timestamp "%s" UTC)
    set(antrian_changelog_Maintainer "Antrian maintainers <antrian@example.org>")
endif()
set(ANTRIAN_DEB_VERSION ${PROJECT_VERSION}-${antrian_deb_release})

add_custom_command(
    OUTPUT ${ANTRIAN_PACKAGING_OUT}/changelog.Debian.gz
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${antrian_changelog} ${ANTRIAN_PACKAGING_OUT}/changelog.Debian.gz
    DEPENDS ${antrian_changelog}
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
set(antrian_package_files ${ANTRIAN_PACKAGING_OUT}/changelog.Debian.gz)

# Manual pages from each binary's --help (help2man); without help2man the packages have none.
find_program(HELP2MAN help2man)
if(NOT HELP2MAN)
    message(STATUS "No help2man: the packages are built without manual pages")
endif()

# What every package carries in /usr/share/doc/PACKAGE, and each binary's manual page.
#   antrian_package_docs(COMPONENT PROGRAM_TARGET "man page summary" [extra docs...])
function(antrian_package_docs component target summary)
    set(doc ${CMAKE_INSTALL_DATADIR}/doc/antrian-${component})
    install(FILES ${ANTRIAN_PACKAGING_DIR}/copyright ${ANTRIAN_PACKAGING_OUT}/changelog.Debian.gz ${ARGN}
            DESTINATION ${doc} COMPONENT ${component})
    # Lintian's one warning: a first Debian upload should close its ITP bug. These packages are
    # built for a branch, not uploaded to Debian: there is no such bug.
    set(overrides ${ANTRIAN_PACKAGING_OUT}/lintian/antrian-${component})
    file(WRITE ${overrides} "# Built for a branch, not uploaded to Debian: there is no ITP bug to close.\n"
                            "antrian-${component}: initial-upload-closes-no-bugs\n")
    install(FILES ${overrides} DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides COMPONENT ${component})
    if(HELP2MAN)
        set(page ${ANTRIAN_PACKAGING_OUT}/${target}.1.gz)
        add_custom_command(
            OUTPUT ${page}
            COMMAND sh ${ANTRIAN_PACKAGING_DIR}/manpage.sh $<TARGET_FILE:${target}> ${PROJECT_VERSION}
                    ${summary} ${antrian_changelog_Timestamp} ${page}
            DEPENDS ${target} ${ANTRIAN_PACKAGING_DIR}/manpage.sh
            COMMENT "Writing the manual page of ${target}"
            VERBATIM)
        install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
        set(antrian_package_files ${antrian_package_files} ${page} PARENT_SCOPE)
    endif()
endfunction()

# An app's menu entry and its icon (resources/packaging/TARGET.desktop, icons/TARGET.svg).
function(antrian_package_menu_entry component target)
    install(FILES ${ANTRIAN_PACKAGING_DIR}/${target}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT ${component})
    install(FILES ${ANTRIAN_PACKAGING_DIR}/icons/${target}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT ${component})
endfunction()

antrian_package_docs(common antrianctl "the Antrian queue system from the command line"
    ${PROJECT_SOURCE_DIR}/README.md)
# How to record a voice pack; its README would land on the project's under the same name.
install(FILES ${PROJECT_SOURCE_DIR}/resources/voicepack/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/antrian-common RENAME voicepack.md COMPONENT common)
antrian_package_docs(kiosk antrian-kiosk "Antrian's ticket kiosk and customer rating pad"
    ${PROJECT_SOURCE_DIR}/kiosk/README.md)
antrian_package_docs(counter antrian-counter "Antrian's counter station for staff and supervisors"
    ${PROJECT_SOURCE_DIR}/counter/README.md)
antrian_package_docs(display antrian-display "Antrian's lobby display: calls shown and announced"
    ${PROJECT_SOURCE_DIR}/display/README.md)
antrian_package_menu_entry(kiosk antrian-kiosk)
antrian_package_menu_entry(counter antrian-counter)
antrian_package_menu_entry(display antrian-display)

# Built with everything else, so `cpack` finds them in place.
add_custom_target(antrian_package_files ALL DEPENDS ${antrian_package_files})

# --- CPack: the DEB generator, one package per component ---
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME antrian)
set(CPACK_PACKAGE_VENDOR "The Antrian authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${antrian_changelog_Maintainer}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${antrian_changelog_Maintainer}")
set(CPACK_DEBIAN_PACKAGE_RELEASE ${antrian_deb_release})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL common kiosk counter display)
set(CPACK_DEBIAN_PACKAGE_SOURCE antrian)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# dpkg-shlibdeps finds the libraries each binary links; these are what it cannot see, because
# they are loaded at run time: Qt's SQL drivers, the QML modules the apps import, and the fonts
# their themes name (measured: strace of each app's --screenshot and of antrianctl init).
set(antrian_needs_common "antrian-common (= ${ANTRIAN_DEB_VERSION})")
set(antrian_qml_base "qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtqml-workerscript")

set(CPACK_DEBIAN_COMMON_PACKAGE_NAME antrian-common)
set(CPACK_DEBIAN_COMMON_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, tzdata")
set(CPACK_COMPONENT_COMMON_DESCRIPTION
"offline queue system for service branches: antrianctl and shared files
Antrian issues queue numbers and calls customers to counters in a bank
branch, a clinic or a government service office. It runs inside the
branch, with no internet; every app meets in one database (SQLite on one
PC, PostgreSQL for a branch of several PCs).
.
This package is what every PC of the branch needs: antrianctl, the
command-line tool that creates the database, imports the branch config
(services, counters, opening hours), adds staff and prints the queue and
reports; the sample branch config in /usr/share/antrian; the call chime.
Install it with antrian-kiosk, antrian-counter or antrian-display,
whichever app this PC runs.")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME antrian-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "${antrian_needs_common}, ${antrian_qml_base}, qml6-module-qtquick-controls, qml6-module-qtquick-templates, fonts-dejavu-core")
# At boot `antrianctl setup-pc kiosk|display` runs the app under cage, which needs Xwayland to
# start and Qt's Wayland plugin to show the app: recommended (apt installs them), not required,
# since a rating pad or a TV on a staff desktop runs without them.
set(antrian_kiosk_compositor "cage, xwayland, qt6-wayland")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "${antrian_kiosk_compositor}")
set(CPACK_DEBIAN_DISPLAY_PACKAGE_RECOMMENDS "${antrian_kiosk_compositor}")
set(CPACK_COMPONENT_KIOSK_DESCRIPTION
"Antrian ticket kiosk for customers, on a touch screen
The kiosk by the branch door: a customer chooses a service, takes a queue
number (A-001) and sees how many people are ahead and the estimated wait.
The slip is printed on a thermal receipt printer (ESC/POS, USB or network
port 9100) or through CUPS; a printer fault never stops ticket issuing.
.
With --rating-pad N the same program is the small customer-facing screen
at counter N, where the customer rates the service.
.
Install on the kiosk PC and on each counter's rating pad.")

set(CPACK_DEBIAN_COUNTER_PACKAGE_NAME antrian-counter)
set(CPACK_DEBIAN_COUNTER_PACKAGE_DEPENDS "${antrian_needs_common}, fonts-dejavu-core")
set(CPACK_COMPONENT_COUNTER_DESCRIPTION
"Antrian counter station for staff and supervisors
At each counter a member of staff logs in with a username and PIN and
calls the next number, recalls, serves, finishes, marks a no-show,
transfers to another service or counter, or takes a break.
.
A supervisor logged in here also sees the live floor, the day's reports,
the staffing advisor and the staff accounts.
.
Install on every counter PC and on the supervisor's PC.")

set(CPACK_DEBIAN_DISPLAY_PACKAGE_NAME antrian-display)
set(CPACK_DEBIAN_DISPLAY_PACKAGE_DEPENDS "${antrian_needs_common}, ${antrian_qml_base}, fonts-dejavu-core, fonts-dejavu-extra")
set(CPACK_COMPONENT_DISPLAY_DESCRIPTION
"Antrian lobby display for the waiting-room TV
Shows who is called to which counter, the newest call highlighted, the
last few calls, how many people wait and the clock; outside opening hours
it says when the branch opens again. Every call and recall is announced
with a chime and a spoken sentence in Indonesian or English (espeak-ng,
or a recorded voice pack).
.
It carries no printer code. Install on the PC that drives the lobby TV.")

include(CPack)
