// Runs a libFuzzer-style target without libFuzzer: every seed file as it is,
// then mutants of the seeds (byte flips, inserts, deletes, splices, cut
// tails) from a fixed random seed, so a CI run is repeatable. A crash, a
// sanitizer report or a hang (CTest's timeout) fails the test; on a crash
// or a sanitizer's death the input that caused it is written to
// fuzz-crash-<name>.bin (from the signal handler, with plain system calls),
// so a failure leaves the input behind for replay.
//
//   fuzz_target SEEDS_DIR [ITERATIONS] [RANDOM_SEED]
//
// RETAILOS_FUZZ_ITERATIONS overrides the count (default 20000).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Present when a sanitizer runtime is linked in (the asan preset).
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

namespace {

using Bytes = std::vector<uint8_t>;

std::vector<Bytes> readSeeds(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(dir, error))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());   // the same order on every machine
    std::vector<Bytes> seeds;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return seeds;   // empty: the caller refuses to run (a misspelt SEEDS folder)
}

Bytes mutate(Bytes input, const std::vector<Bytes> &seeds, std::mt19937 &rng)
{
    auto below = [&rng](size_t n) { return n == 0 ? size_t(0) : size_t(rng() % n); };
    const int edits = 1 + int(below(6));
    for (int e = 0; e < edits; ++e) {
        const size_t at = below(input.size() + 1);
        switch (below(6)) {
        case 0:   // insert a random byte
            input.insert(input.begin() + std::ptrdiff_t(at), uint8_t(rng()));
            break;
        case 1:   // delete a byte
            if (at < input.size())
                input.erase(input.begin() + std::ptrdiff_t(at));
            break;
        case 2:   // overwrite a byte
            if (at < input.size())
                input[at] = uint8_t(rng());
            break;
        case 3:   // flip a bit
            if (at < input.size())
                input[at] ^= uint8_t(1u << below(8));
            break;
        case 4: {   // splice in a piece of another seed
            const Bytes &other = seeds[below(seeds.size())];
            const size_t from = below(other.size() + 1);
            const size_t len = std::min(other.size() - from, below(64) + 1);
            input.insert(input.begin() + std::ptrdiff_t(at), other.begin() + std::ptrdiff_t(from),
                         other.begin() + std::ptrdiff_t(from + len));
            break;
        }
        default:   // cut the tail: a device that stopped mid-command
            input.resize(at);
            break;
        }
    }
    if (input.size() > 65536)
        input.resize(65536);
    return input;
}

// The input running now, for the crash handler.
const uint8_t *g_current = nullptr;
size_t g_currentSize = 0;
char g_crashPath[512] = {};

void saveCurrentInput()
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    size_t done = 0;
    while (done < g_currentSize) {
        const ssize_t n = ::write(fd, g_current + done, g_currentSize - done);
        if (n <= 0)
            break;
        done += size_t(n);
    }
    ::close(fd);
}

void onCrash(int signal)
{
    saveCurrentInput();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run(const Bytes &input)
{
    g_current = input.data();
    g_currentSize = input.size();
    LLVMFuzzerTestOneInput(input.data(), input.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SEEDS_DIR [ITERATIONS] [RANDOM_SEED]\n", argv[0]);
        return 2;
    }
    long iterations = 20000;
    if (const char *env = std::getenv("RETAILOS_FUZZ_ITERATIONS"))
        iterations = std::strtol(env, nullptr, 10);
    if (argc > 2)
        iterations = std::strtol(argv[2], nullptr, 10);
    const unsigned randomSeed = argc > 3 ? unsigned(std::strtoul(argv[3], nullptr, 10)) : 20261122u;
    const std::string name = std::filesystem::path(argv[0]).filename().string();

    std::snprintf(g_crashPath, sizeof g_crashPath, "fuzz-crash-%s.bin", name.c_str());
    for (int signal : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onCrash);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(saveCurrentInput);

    const std::vector<Bytes> seeds = readSeeds(argv[1]);
    if (seeds.empty()) {
        // Mutating nothing would pass without testing anything.
        std::fprintf(stderr, "%s: no seed files in %s\n", name.c_str(), argv[1]);
        return 2;
    }
    for (const Bytes &seed : seeds)
        run(seed);
    std::mt19937 rng(randomSeed);
    Bytes input;
    for (long i = 0; i < iterations; ++i) {
        // Mostly mutate a fresh seed; sometimes keep mutating the last mutant
        // to wander further from valid input.
        if (i % 4 != 3)
            input = seeds[rng() % seeds.size()];
        input = mutate(std::move(input), seeds, rng);
        run(input);
    }
    std::printf("%s: %zu seeds and %ld mutants, no crash\n", name.c_str(), seeds.size(), iterations);
    return 0;
}
