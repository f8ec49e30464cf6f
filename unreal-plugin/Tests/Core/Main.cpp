// Runs every registered case (or those whose name contains argv[1]) and ends with `N passed, N failed`.
#include <cstdio>
#include <cstring>
#include <string>

#include "TestHarness.h"

namespace fitme::test {
void RegisterVectorTests();
void RegisterBadFrameTests();
void RegisterCoreTests();
void RegisterDaemonTests();
void StopDaemon();
}  // namespace fitme::test

int main(int argc, char** argv) {
  using namespace fitme::test;
  RegisterVectorTests();
  RegisterBadFrameTests();
  RegisterCoreTests();
  RegisterDaemonTests();
  const char* filter = argc > 1 ? argv[1] : nullptr;
  int passed = 0;
  int failed = 0;
  for (const Case& c : Registry()) {
    if (filter != nullptr && c.name.find(filter) == std::string::npos) continue;
    Context context;
    c.run(context);
    if (context.Failed()) {
      ++failed;
      std::printf("FAIL %s\n", c.name.c_str());
      for (const std::string& f : context.failures()) std::printf("       %s\n", f.c_str());
    } else {
      ++passed;
      std::printf("ok   %s\n", c.name.c_str());
    }
    std::fflush(stdout);
  }
  StopDaemon();
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
