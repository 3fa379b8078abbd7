"""python -m playground: the same as the playground command."""

from playground.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
