// learner: optimal
// idiom: hand-rolled array binary heap of feed indices (sift_down/sift_up as free functions), index-based while loops
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// true when feed a's current head should come out before feed b's.
fn before(feeds: &[Vec<Post>], pos: &[usize], a: usize, b: usize) -> bool {
    let ta = feeds[a][pos[a]].time;
    let tb = feeds[b][pos[b]].time;
    ta > tb || (ta == tb && a < b)
}

fn sift_down(heap: &mut Vec<usize>, mut i: usize, feeds: &[Vec<Post>], pos: &[usize]) {
    let len = heap.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut best = i;
        if l < len && before(feeds, pos, heap[l], heap[best]) {
            best = l;
        }
        if r < len && before(feeds, pos, heap[r], heap[best]) {
            best = r;
        }
        if best == i {
            return;
        }
        heap.swap(i, best);
        i = best;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut pos = vec![0usize; k];
    let mut heap: Vec<usize> = Vec::with_capacity(k);
    let mut f = 0;
    while f < k {
        if !feeds[f].is_empty() {
            heap.push(f);
        }
        f += 1;
    }
    // heapify bottom-up: O(k)
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut heap, i, feeds, &pos);
    }
    let mut out = Vec::new();
    while out.len() < n && !heap.is_empty() {
        let top = heap[0];
        out.push(feeds[top][pos[top]]);
        pos[top] += 1;
        if pos[top] == feeds[top].len() {
            let last = heap.pop().unwrap();
            if !heap.is_empty() {
                heap[0] = last;
            }
        }
        if !heap.is_empty() {
            sift_down(&mut heap, 0, feeds, &pos);
        }
    }
    out
}
