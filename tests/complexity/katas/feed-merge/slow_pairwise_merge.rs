// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): folds the feeds together one at a time with a two-list merge (each capped at n)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

fn merge_two(a: &[Post], b: &[Post], n: usize) -> Vec<Post> {
    let mut out = Vec::with_capacity(n.min(a.len() + b.len()));
    let (mut i, mut j) = (0, 0);
    while out.len() < n && (i < a.len() || j < b.len()) {
        // a holds the lower feed indices, so it wins ties
        if j >= b.len() || (i < a.len() && a[i].time >= b[j].time) {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    feeds.iter().fold(Vec::new(), |acc, feed| merge_two(&acc, feed, n))
}
