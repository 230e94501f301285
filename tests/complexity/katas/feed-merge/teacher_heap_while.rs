// learner: optimal
// idiom: teacher style, BinaryHeap of (time, Reverse(feed), position) tuples, explicit while loop with a done flag and comments per step
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // Step 1: put the first post of every non-empty feed into the heap
    let mut heads = BinaryHeap::new();
    let mut feed_number = 0;
    while feed_number < feeds.len() {
        let this_feed = &feeds[feed_number];
        if !this_feed.is_empty() {
            let first_time = this_feed[0].time;
            // Reverse(feed_number): a lower feed wins ties
            heads.push((first_time, Reverse(feed_number), 0usize));
        }
        feed_number = feed_number + 1;
    }

    // Step 2: take the newest head, then put in its feed's next post
    let mut timeline = Vec::new();
    let mut done = false;
    while !done {
        if timeline.len() == n {
            done = true;
            continue;
        }
        match heads.pop() {
            None => {
                done = true;
            }
            Some((_time, Reverse(which_feed), position)) => {
                let post = feeds[which_feed][position];
                timeline.push(post);
                let next_position = position + 1;
                if next_position < feeds[which_feed].len() {
                    let next_time = feeds[which_feed][next_position].time;
                    heads.push((next_time, Reverse(which_feed), next_position));
                }
            }
        }
    }
    timeline
}
