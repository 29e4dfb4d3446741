#!/usr/bin/env bash
# Installs what the tests need and the npm registry cannot provide, from
# Debian's packages: Jupyter (to run the tslab TypeScript kernel headlessly and
# to open the notebooks) and Chromium (the browser example runs in it,
# headless, driven by playwright-core; nothing downloads a browser) and
# bubblewrap (the assignment grader runs student code in its sandbox), with a
# Chinese font (fonts-wqy-zenhei) so that the poems of stage 6 show in headless
# Chromium's screenshots instead of empty boxes. Safe to run
# again: it installs only what is missing. Run as root, or as a user who may
# use sudo.
#
# Options:
#   --with-torch  also install PyTorch from Debian (python3-torch), which only the
#                 fixture generators and the PyTorch benchmark use
#   --no-browser  leave Chromium out (building the docs site needs no browser; only the
#                 tests do)
set -euo pipefail

packages=(jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel bubblewrap)
with_browser=1
for arg in "$@"; do
  case "$arg" in
    --with-torch) packages+=(python3-torch python3-numpy) ;;
    --no-browser) with_browser=0 ;;
    *) echo "install-system-deps.sh: unknown option $arg (use --with-torch, --no-browser)" >&2; exit 2 ;;
  esac
done
if [[ $with_browser -eq 1 ]]; then
  packages+=(chromium fonts-wqy-zenhei)
fi


if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  cat >&2 <<MSG
This machine has no apt-get, so the prerequisites (Jupyter and Chromium) cannot
be installed automatically. Install them yourself, then run the command again:
Python 3 with the packages notebook (classic Jupyter Notebook 6 or later),
nbconvert, nbclient and ipykernel, all importable by the interpreter at
/usr/bin/python3 (or set MHA_PYTHON to the interpreter that has them), with the
'jupyter' command on PATH. For example, with pip:
python3 -m pip install notebook nbconvert nbclient ipykernel
and Chromium (or Chrome) at /usr/bin/chromium, or set CHROMIUM_PATH to it; the
browser example runs in it. The assignment grader also needs bubblewrap (bwrap)
and a kernel that allows user namespaces.
MSG
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "system prerequisites: already installed (${packages[*]})"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  cat >&2 <<MSG
These Debian packages are needed and missing: ${missing[*]}.
Installing them needs root, and sudo is not available. Ask an administrator to
run: apt-get update && apt-get install -y ${missing[*]}
MSG
  exit 1
fi

echo "system prerequisites: installing from Debian's packages: ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
echo "system prerequisites: installed ${missing[*]}"
