"""The parts the main window is composed of: where it is (location, controller), what it can
do (actions), and the parts that act (navigation, details, profiles, object actions, feedback)."""
