"""How the main window's parts are connected: its commands, models, views and the parts that
act on them, and the order Tab follows."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..main_window import MainWindow


def wire(w: MainWindow) -> None:
    """Each part's signals to the parts that act on them."""

    c, nav, acts, profiles = w.commands, w.navigation, w.object_actions, w.profiles
    for action, slot in (
        (c.up, nav.go_up), (c.back, nav.go_back), (c.forward, nav.go_forward), (c.refresh, nav.refresh),
        (c.edit_path, w.edit_path), (c.filter, w.focus_filter), (c.share, acts.share_current),
        (c.copy_link, acts.copy_link), (c.copy_path, acts.copy_path), (c.versions, acts.show_versions),
        (c.open, acts.open_current), (c.share_folder, acts.share_folder),
        (c.link_history, w.link_history.show_links_window),
        (c.demo, profiles.start_demo), (c.add_profile, profiles.add_profile),
        (c.import_ossutil, profiles.import_ossutil), (c.quit, w.close), (c.about, w.about),
        (w.toolbar.clear_filter, w.clear_filter),
    ):
        action.triggered.connect(slot)
    c.manage_profiles.triggered.connect(profiles.manage_profiles)
    w.controller.locationChanged.connect(w.follow_location)
    w.controller.locationChanged.connect(nav.follow)
    w.controller.locationChanged.connect(w.details_loader.follow)
    w.controller.locationChanged.connect(w.sorting.location_changed)  # after nav.follow opened it
    w.objects.pageArrived.connect(w.sorting.page_arrived)
    w.objects.loadFailed.connect(w.sorting.load_failed)
    w.profile_box.activated.connect(profiles.chosen)
    w.path_bar.navigateRequested.connect(nav.navigate)
    w.path_bar.pathRequested.connect(nav.reveal)
    w.path_bar.refused.connect(lambda why: w.status.showMessage(why, 15000))
    w.path_bar.editDone.connect(lambda: w.object_view.setFocus(Qt.FocusReason.ShortcutFocusReason))
    w.filter_box.textChanged.connect(nav.filter_changed)
    w.bucket_view.selectionModel().currentRowChanged.connect(nav.bucket_chosen)
    w.bucket_view.activated.connect(lambda _index: w.object_view.setFocus())
    w.object_view.openRequested.connect(acts.open_index)
    w.object_view.upRequested.connect(nav.go_up)
    w.object_view.escapePressed.connect(w.filter_box.clear)  # as file managers do
    w.object_view.backRequested.connect(nav.go_back)  # the mouse's back/forward buttons
    w.object_view.forwardRequested.connect(nav.go_forward)
    w.toolbar.downPressed.connect(w.enter_list)
    w.object_view.sortChanged.connect(w.sorting.sort_requested)
    w.object_view.customContextMenuRequested.connect(acts.context_menu_requested)
    w.object_view.selectionModel().selectionChanged.connect(w.selection_changed)
    w.objects.loadingChanged.connect(w.feedback.loading_changed)
    w.objects.pageArrived.connect(nav.page_arrived)
    w.objects.loadFailed.connect(nav.listing_failed)
    w.objects.modelReset.connect(w.feedback.update_counts)
    for signal in (w.proxy.rowsInserted, w.proxy.rowsRemoved, w.proxy.layoutChanged):
        signal.connect(w.feedback.update_counts)
    w.buckets.loadingChanged.connect(w.feedback.loading_changed)
    w.buckets.loaded.connect(nav.buckets_loaded)
    w.buckets.loadFailed.connect(nav.buckets_failed)
    w.banner.retryRequested.connect(w.feedback.retry)
    w.banner.editProfileRequested.connect(profiles.edit_profile)
    w.details.shareRequested.connect(acts.share_current)
    w.details.shareVersionRequested.connect(acts.share_current)
    w.details.copyLinkRequested.connect(acts.copy_link)

def set_tab_order(w: MainWindow) -> None:
    """Left to right, top to bottom: profile, filter, buckets, listing, details."""
    chain = (
        w.profile_box,
        w.filter_box,
        w.bucket_view,
        w.object_view,
        w.details.share_button,
        w.details.copy_button,
        w.details.versions_view,
    )
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
