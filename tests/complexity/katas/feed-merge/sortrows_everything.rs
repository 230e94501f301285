// learner: slow
// idiom: MATLAB signal-processing engineer: build one big matrix of [-time, feed, pos] rows from every feed (like vertcat), sortrows it, take the first n rows
// why: merge_feeds is O(T log T) time and O(T) space in the total number of posts T (every post is copied and sorted), vs target O(k + N log k) time and O(k) space
/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // rows: (key, feed, pos); key = MAX - time so ascending sort = newest first
    let mut rows: Vec<(u64, usize, usize)> = Vec::new();
    for f in 0..feeds.len() {
        for p in 0..feeds[f].len() {
            rows.push((u64::MAX - feeds[f][p].time, f, p));
        }
    }
    rows.sort(); // sortrows(rows, [1 2 3])
    let m = n.min(rows.len());
    let mut out = Vec::with_capacity(m);
    for r in 0..m {
        let (_, f, p) = rows[r];
        out.push(feeds[f][p]);
    }
    out
}
