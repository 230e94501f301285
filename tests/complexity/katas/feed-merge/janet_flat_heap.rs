// learner: optimal
// idiom: Janet: hand-written max-heap over a flat array of feed indices (no heap in Janet core), positions kept in a parallel cursor array; the top is replaced in place and sifted down once
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

// is feed a's head newer than feed b's (ties: lower feed first)?
fn above(feeds: &[Vec<Post>], pos: &[usize], a: usize, b: usize) -> bool {
    let ta = feeds[a][pos[a]].time;
    let tb = feeds[b][pos[b]].time;
    ta > tb || (ta == tb && a < b)
}

fn sink(heap: &mut [usize], feeds: &[Vec<Post>], pos: &[usize], mut i: usize) {
    let len = heap.len();
    loop {
        let l = 2 * i + 1;
        if l >= len {
            return;
        }
        let mut c = l;
        if l + 1 < len && above(feeds, pos, heap[l + 1], heap[l]) {
            c = l + 1;
        }
        if above(feeds, pos, heap[c], heap[i]) {
            heap.swap(c, i);
            i = c;
        } else {
            return;
        }
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut out = Vec::new();
    let mut pos = vec![0usize; feeds.len()]; // cursor per feed
    let mut heap: Vec<usize> = (0..feeds.len()).filter(|&f| !feeds[f].is_empty()).collect();
    // bottom-up heapify, O(k)
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sink(&mut heap, feeds, &pos, i);
    }

    while out.len() < n && !heap.is_empty() {
        let f = heap[0];
        out.push(feeds[f][pos[f]]);
        pos[f] += 1;
        if pos[f] == feeds[f].len() {
            // feed exhausted: move the last leaf up to the root
            let last = heap.pop().unwrap();
            if heap.is_empty() {
                break;
            }
            heap[0] = last;
        }
        sink(&mut heap, feeds, &pos, 0);
    }
    out
}
