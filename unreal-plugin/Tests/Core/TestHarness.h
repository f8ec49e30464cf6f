// A minimal test runner for the engine-agnostic core: named cases, expectations that record a
// message instead of aborting, and the closing line `N passed, N failed`.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace fitme::test {

class Context {
 public:
  // Records a failure when `ok` is false; returns `ok` so callers can stop early.
  bool Expect(bool ok, const std::string& what) {
    if (!ok) failures_.push_back(what);
    return ok;
  }
  bool Failed() const { return !failures_.empty(); }
  const std::vector<std::string>& failures() const { return failures_; }

 private:
  std::vector<std::string> failures_;
};

struct Case {
  std::string name;
  std::function<void(Context&)> run;
};

inline std::vector<Case>& Registry() {
  static std::vector<Case> cases;
  return cases;
}

inline void Add(std::string name, std::function<void(Context&)> run) { Registry().push_back({std::move(name), std::move(run)}); }

}  // namespace fitme::test
