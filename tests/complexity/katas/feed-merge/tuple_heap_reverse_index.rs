// learner: optimal
// idiom: Haskell-convert: std BinaryHeap of (time, Reverse(feed_index), position) tuples collected from the heads, while-let pop loop
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut newest_first_timeline = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    if n == 0 {
        return newest_first_timeline;
    }
    let mut candidate_heads: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(feed_index, feed)| feed.first().map(|head_post| (head_post.time, Reverse(feed_index), 0)))
        .collect();

    while newest_first_timeline.len() < n {
        let Some((_, Reverse(feed_index), position_in_feed)) = candidate_heads.pop() else {
            break;
        };
        let chosen_feed = &feeds[feed_index];
        newest_first_timeline.push(chosen_feed[position_in_feed]);
        if let Some(following_post) = chosen_feed.get(position_in_feed + 1) {
            candidate_heads.push((following_post.time, Reverse(feed_index), position_in_feed + 1));
        }
    }
    newest_first_timeline
}
