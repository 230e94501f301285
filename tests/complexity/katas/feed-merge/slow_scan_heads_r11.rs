// learner: slow
// why: merge_feeds is O(N·k) time, target O(k + N log k): Swift-style "cursors" array, every output post scans all k feed heads for the newest
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    var_cursors(feeds, n)
}

fn var_cursors(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursors = vec![0usize; feeds.len()];
    let mut page = Vec::new();
    while page.len() < n {
        let mut best: Option<(usize, u64)> = None;
        for (f, feed) in feeds.iter().enumerate() {
            let Some(post) = feed.get(cursors[f]) else { continue };
            if let Some((_, t)) = best {
                if post.time <= t {
                    continue;
                }
            }
            best = Some((f, post.time));
        }
        let Some((f, _)) = best else { break };
        page.push(feeds[f][cursors[f]]);
        cursors[f] += 1;
    }
    page
}
