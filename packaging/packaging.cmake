# What a Linux desktop needs besides the two programs: the desktop entry, the icon, the AppStream
# metainfo, man pages and bash completion (both generated from the programs' own --help), and the
# copyright and changelog files Debian expects. scripts/package.sh turns the install into a .deb
# and an .rpm. Included from the top-level CMakeLists.txt on Linux, before CPack.
set(pkg_dir ${CMAKE_CURRENT_LIST_DIR})
set(pkg_out ${CMAKE_BINARY_DIR}/packaging)
set(POSTINO_APP_ID io.github.postino.Postino)
set(POSTINO_HOMEPAGE "https://github.com/postino/postino" CACHE STRING "The project's home page")
set(POSTINO_SCREENSHOT_BASE "https://raw.githubusercontent.com/postino/postino/main/resources/screenshots"
    CACHE STRING "Where the screenshots the AppStream metainfo names are published")

# The newest changelog entry dates the man pages (the same date in every rebuild) and has to be
# the version being built.
file(STRINGS ${pkg_dir}/changelog changelog_lines)
list(GET changelog_lines 0 changelog_head)
if(NOT changelog_head MATCHES "^postino \\(${PROJECT_VERSION}\\)")
    message(WARNING "packaging/changelog does not start with version ${PROJECT_VERSION}: add its entry")
endif()
foreach(line IN LISTS changelog_lines)
    if(line MATCHES "^ -- .*>  [A-Z][a-z][a-z], ([0-9]+ [A-Z][a-z][a-z] [0-9]+)")
        set(POSTINO_RELEASE_DATE "${CMAKE_MATCH_1}")
        break()
    endif()
endforeach()

configure_file(${pkg_dir}/${POSTINO_APP_ID}.metainfo.xml.in ${pkg_out}/${POSTINO_APP_ID}.metainfo.xml @ONLY)

set(pkg_man_pages "")
foreach(program postino postino-cli)
    set(notes_title NOTES)
    if(program STREQUAL "postino-cli")
        set(notes_title ENVIRONMENT)
    endif()
    set(extra ${pkg_dir}/man/${program}.extra.1)
    add_custom_command(
        OUTPUT ${pkg_out}/${program}.1.gz
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${program}> -DNAME=${program}
                -DVERSION=${PROJECT_VERSION} "-DDATE=${POSTINO_RELEASE_DATE}" -DNOTES_TITLE=${notes_title}
                -DEXTRA=${extra} -DOUTPUT=${pkg_out}/${program}.1 -P ${pkg_dir}/help2man.cmake
        COMMAND gzip -9nf ${pkg_out}/${program}.1
        DEPENDS ${program} ${pkg_dir}/help2man.cmake ${pkg_dir}/helptext.cmake ${extra}
        COMMENT "Writing the ${program}(1) man page from ${program} --help"
        VERBATIM)
    list(APPEND pkg_man_pages ${pkg_out}/${program}.1.gz)
endforeach()
add_custom_command(
    OUTPUT ${pkg_out}/bash-completion/postino-cli
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:postino-cli> -DOUTPUT=${pkg_out}/bash-completion/postino-cli
            -P ${pkg_dir}/help2completion.cmake
    DEPENDS postino-cli ${pkg_dir}/help2completion.cmake ${pkg_dir}/helptext.cmake
    COMMENT "Writing postino-cli's bash completion from postino-cli --help"
    VERBATIM)
# Debian wants the changelog gzipped at the strongest level and without a time stamp.
add_custom_command(
    OUTPUT ${pkg_out}/changelog.gz
    COMMAND gzip -9nc ${pkg_dir}/changelog > ${pkg_out}/changelog.gz
    DEPENDS ${pkg_dir}/changelog)
add_custom_target(postino-desktop-files ALL
                  DEPENDS ${pkg_man_pages} ${pkg_out}/bash-completion/postino-cli ${pkg_out}/changelog.gz)

include(GNUInstallDirs)
install(FILES ${pkg_dir}/${POSTINO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${pkg_out}/${POSTINO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${POSTINO_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${pkg_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${pkg_out}/bash-completion/postino-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${pkg_dir}/copyright ${pkg_out}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/postino)
install(FILES ${pkg_dir}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME postino)

# The packages. Their dependencies come from the binaries (dpkg-shlibdeps, rpm's elfdeps); only
# the Qt plugins loaded at run time, which no binary links, are named here.
set(CPACK_PACKAGE_NAME postino)
set(CPACK_PACKAGE_VENDOR "The Postino authors")
set(CPACK_PACKAGE_CONTACT "The Postino authors <postino@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up a website's email sending and prove it works")
set(CPACK_PACKAGE_DESCRIPTION
    "Postino is a desktop wizard for site owners whose contact forms, order
confirmations and password resets stopped arriving. It configures a mailer
(SendLayer, Brevo, Mailgun, SendGrid, Postmark, Amazon SES, Gmail,
Microsoft 365, Zoho Mail, an SMTP server and more), checks which mail ports
the network lets through and whether the domain's SPF, DKIM and DMARC records
fit, sends a real test email and exports the configuration for WordPress,
msmtp, Postfix, Laravel or Symfony.
.
The same checks run on a server without a desktop with postino-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${POSTINO_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                 WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The window icon needs Qt's SVG image plugin (in libqt6svg6 up to Qt 6.4, qt6-svg-plugins later);
# a desktop session needs Qt's platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${POSTINO_HOMEPAGE}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# rpm's paragraphs have no "." line between them.
string(REPLACE "\n.\n" "\n\n" CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Folders the system already owns.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps /usr/share/man
    /usr/share/man/man1 /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/lintian
    /usr/share/lintian/overrides)
set(CPACK_GENERATOR "DEB;RPM")
unset(pkg_dir)
unset(pkg_out)
unset(pkg_man_pages)
