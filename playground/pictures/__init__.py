"""Pictures without Qt: the class palette, how a prediction grid is coloured (and its decision
boundary traced), and replay GIFs. The window and the command line both draw with these."""
