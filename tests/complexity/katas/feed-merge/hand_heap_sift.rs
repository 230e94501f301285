// learner: optimal
// idiom: Visual FoxPro database developer: a hand-maintained heap "table" of (time, feed no, record pointer) rows kept in a Vec, built bottom-up and repaired with an explicit sift-down after each row is consumed, all with index loops.
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

#[derive(Clone, Copy)]
struct HeadRow {
    ln_time: u64,
    ln_feed: usize,
    ln_recno: usize,
}

/// Does row a come out before row b? Newer first, then the lower feed number.
fn comes_first(a: &HeadRow, b: &HeadRow) -> bool {
    if a.ln_time != b.ln_time {
        return a.ln_time > b.ln_time;
    }
    a.ln_feed < b.ln_feed
}

fn sift_down(la_heap: &mut [HeadRow], mut ln_pos: usize) {
    let ln_size = la_heap.len();
    loop {
        let ln_left = 2 * ln_pos + 1;
        let ln_right = ln_left + 1;
        let mut ln_best = ln_pos;
        if ln_left < ln_size && comes_first(&la_heap[ln_left], &la_heap[ln_best]) {
            ln_best = ln_left;
        }
        if ln_right < ln_size && comes_first(&la_heap[ln_right], &la_heap[ln_best]) {
            ln_best = ln_right;
        }
        if ln_best == ln_pos {
            return;
        }
        la_heap.swap(ln_pos, ln_best);
        ln_pos = ln_best;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut la_heap: Vec<HeadRow> = Vec::with_capacity(feeds.len());
    for ln_feed in 0..feeds.len() {
        if !feeds[ln_feed].is_empty() {
            la_heap.push(HeadRow { ln_time: feeds[ln_feed][0].time, ln_feed, ln_recno: 0 });
        }
    }
    // build the heap bottom-up: O(k)
    let mut ln_i = la_heap.len() / 2;
    while ln_i > 0 {
        ln_i -= 1;
        sift_down(&mut la_heap, ln_i);
    }

    let mut la_result: Vec<Post> = Vec::new();
    while la_result.len() < n && !la_heap.is_empty() {
        let lo_top = la_heap[0];
        la_result.push(feeds[lo_top.ln_feed][lo_top.ln_recno]);
        let ln_next = lo_top.ln_recno + 1;
        if ln_next < feeds[lo_top.ln_feed].len() {
            // SKIP to the feed's next record, in place
            la_heap[0].ln_recno = ln_next;
            la_heap[0].ln_time = feeds[lo_top.ln_feed][ln_next].time;
        } else {
            // feed at EOF: move the last row to the top
            let lo_last = la_heap.pop().unwrap();
            if la_heap.is_empty() {
                continue;
            }
            la_heap[0] = lo_last;
        }
        sift_down(&mut la_heap, 0);
    }
    la_result
}
