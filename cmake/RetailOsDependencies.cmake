# Every third-party dependency is found here, once, so later work only adds code.
# Each is linked PRIVATE to the single library that wraps it (see docs/architecture.md).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Network Gui Widgets Test LinguistTools)
find_package(PkgConfig REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(CURL REQUIRED)
find_package(OpenSSL 3 REQUIRED)
find_package(spdlog REQUIRED)
pkg_check_modules(LIBUSB REQUIRED IMPORTED_TARGET libusb-1.0)

# CUPS: FindCups ships with CMake; libcsv has no CMake or pkg-config file.
find_package(Cups REQUIRED)
find_path(LIBCSV_INCLUDE_DIR csv.h REQUIRED)
find_library(LIBCSV_LIBRARY csv REQUIRED)
add_library(retailos_libcsv INTERFACE IMPORTED)
target_include_directories(retailos_libcsv INTERFACE "${LIBCSV_INCLUDE_DIR}")
target_link_libraries(retailos_libcsv INTERFACE "${LIBCSV_LIBRARY}")

# retailos-server (issue 6): Boost.Beast/Asio behind sync/server/http (decision 0006),
# libpq behind sync/server/db, nlohmann/json behind sync/protocol, zlib for gzip bodies.
find_package(Boost 1.74 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
