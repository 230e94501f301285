// learner: optimal
// idiom: bioinformatics style: hand-rolled array max-heap of feed indices with a cursor table, bottom-up heapify and sift-down by index
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

// does feed a's head beat feed b's head? newer first, then lower feed index
fn beats(feeds: &[Vec<Post>], cur: &[usize], a: usize, b: usize) -> bool {
    let ta = feeds[a][cur[a]].time;
    let tb = feeds[b][cur[b]].time;
    ta > tb || (ta == tb && a < b)
}

fn sift_down(heap: &mut [usize], feeds: &[Vec<Post>], cur: &[usize], mut i: usize) {
    let m = heap.len();
    loop {
        let l = 2 * i + 1;
        if l >= m {
            return;
        }
        let r = l + 1;
        let mut top = l;
        if r < m && beats(feeds, cur, heap[r], heap[l]) {
            top = r;
        }
        if beats(feeds, cur, heap[top], heap[i]) {
            heap.swap(i, top);
            i = top;
        } else {
            return;
        }
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut cur = vec![0usize; k];
    let mut heap: Vec<usize> = Vec::with_capacity(k);
    for f in 0..k {
        if !feeds[f].is_empty() {
            heap.push(f);
        }
    }
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut heap, feeds, &cur, i);
    }
    let mut out = Vec::new();
    while out.len() < n && !heap.is_empty() {
        let f = heap[0];
        out.push(feeds[f][cur[f]]);
        cur[f] += 1;
        if cur[f] == feeds[f].len() {
            let last = heap.pop().unwrap();
            if heap.is_empty() {
                break;
            }
            heap[0] = last;
        }
        sift_down(&mut heap, feeds, &cur, 0);
    }
    out
}
