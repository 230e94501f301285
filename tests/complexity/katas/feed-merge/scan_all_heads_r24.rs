// learner: slow
// idiom: Dart/Flutter-turned-Rust: a list of per-feed cursor indices and, for every post taken, a reduce over all feed heads to pick the newest (like feeds.reduce((a, b) => ...))
// why: merge_feeds is O(N * k): each of the N output posts scans all k feed heads, vs target O(k + N log k)
/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursors = vec![0usize; feeds.len()];
    let mut timeline = Vec::new();

    while timeline.len() < n {
        let newest = feeds
            .iter()
            .enumerate()
            .filter_map(|(i, feed)| feed.get(cursors[i]).map(|post| (i, post)))
            .reduce(|best, candidate| if candidate.1.time > best.1.time { candidate } else { best });
        match newest {
            Some((i, post)) => {
                timeline.push(*post);
                cursors[i] += 1;
            }
            None => break,
        }
    }
    timeline
}
