// Preloaded into the programs under test (LD_PRELOAD): refuses and records every attempt to open an internet
// socket or resolve a host name, so tst_offline can prove that PolicyLens never reaches for the network.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

void record(const char* what, int detail) {
    const char* log = std::getenv("PL_NETGUARD_LOG");
    if (!log)
        return;
    const int fd = ::open(log, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0)
        return;
    char line[96];
    const int n = std::snprintf(line, sizeof line, "%s %d pid %d\n", what, detail, int(::getpid()));
    if (n > 0)
        (void)!::write(fd, line, size_t(n));
    ::close(fd);
}

} // namespace

extern "C" {

int socket(int domain, int type, int protocol) {
    using Real = int (*)(int, int, int);
    static Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "socket"));
    if (domain == AF_INET || domain == AF_INET6 || domain == AF_PACKET) {
        record("socket", domain);
        errno = EACCES;
        return -1;
    }
    return real ? real(domain, type, protocol) : (errno = ENOSYS, -1);
}

int getaddrinfo(const char* node, const char*, const struct addrinfo*, struct addrinfo**) {
    record("getaddrinfo", node ? int(node[0]) : 0);
    return EAI_FAIL;
}

} // extern "C"
