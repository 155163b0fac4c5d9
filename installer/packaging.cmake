# Debian package of the three programs, with a desktop entry and an icon.
install(FILES ${PROJECT_SOURCE_DIR}/installer/sigap.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/installer/sigap.svg DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/installer/id.sigap112.Sigap.metainfo.xml DESTINATION share/metainfo)
# The room configuration folders that ship with Sigap (Kabupaten Banjar), with their sources:
# sigap --config /usr/share/sigap112/rooms/kab-banjar
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/rooms/ DESTINATION share/sigap112/rooms)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sigap112)
set(CPACK_PACKAGE_VENDOR "Sigap 112")
set(CPACK_PACKAGE_CONTACT "Sigap 112 developers <dev@sigap112.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operator workstation for Call Center 112 command rooms")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The Qt libraries the programs link, SQLite (the store writes rows through it) and OpenSSL's
# libcrypto (event hashes), as Debian 12 names them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6positioning6 (>= 6.4), libqt6multimedia6 (>= 6.4), libqt6multimediawidgets6 (>= 6.4), libqt6charts6 (>= 6.4), libsqlite3-0 (>= 3.40), libssl3 (>= 3.0)")
# The SIP call source links liblinphone's C++ wrapper (and through it liblinphone), whose
# parsers need the grammars in linphone-common (only recommended by liblinphone10): without
# them liblinphone aborts the program on the first SIP MESSAGE.
if(SIGAP_WITH_SIP)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", liblinphone++10 (>= 5.1), linphone-common (>= 5.1)")
endif()
include(CPack)
