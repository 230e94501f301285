// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): scans every feed head for each output post (argmax over cursors)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

// Julia: argmax over the current heads, k cursors
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut cur = vec![0usize; k];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best = usize::MAX;
        for f in 0..k {
            if cur[f] < feeds[f].len()
                && (best == usize::MAX || feeds[f][cur[f]].time > feeds[best][cur[best]].time)
            {
                best = f;
            }
        }
        if best == usize::MAX {
            break;
        }
        out.push(feeds[best][cur[best]]);
        cur[best] += 1;
    }
    out
}
