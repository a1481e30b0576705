"""How the site is served in production: the front's configuration and `make serve`."""
