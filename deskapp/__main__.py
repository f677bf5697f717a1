from deskapp.cli import main

raise SystemExit(main())
