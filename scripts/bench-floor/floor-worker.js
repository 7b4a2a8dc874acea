// Present only so the bench can find the floor extension's id from its service worker's URL.
