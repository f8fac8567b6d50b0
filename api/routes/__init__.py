"""The API's routes, one module a part (as Datasette's views): each gives a router that ``api.app`` includes."""
