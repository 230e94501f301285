use crate::Rng;
use notification_fanout::Hub;

pub struct Input {
    hub: Hub,
    ids: Vec<u64>,
    topics: Vec<String>,
    order: Vec<usize>,
}

const ROOMS: [&str; 4] = ["room:a", "room:b", "room:c", "room:d"];

/// A hub with n connections, each subscribed to a personal topic and one of 4 rooms
/// (set up here, untimed). Personal messages go out in connection order (random order would
/// mostly measure cache misses).
pub fn build(n: usize, _rng: &mut Rng) -> Input {
    let topics: Vec<String> = (0..n).map(|i| format!("user:{i}")).collect();
    let mut hub = Hub::new();
    let ids: Vec<u64> = (0..n).map(|_| hub.connect()).collect();
    for (i, &id) in ids.iter().enumerate() {
        hub.subscribe(id, &topics[i]);
        hub.subscribe(id, ROOMS[i % 4]);
    }
    let order: Vec<usize> = (0..n).collect();
    Input { hub, ids, topics, order }
}

/// n personal publishes, 4 room broadcasts, then n disconnects.
pub fn run(input: Input) -> u64 {
    let Input { mut hub, ids, topics, order } = input;
    let mut delivered = 0;
    for &i in &order {
        delivered += hub.publish(&topics[i], "ping");
    }
    for room in ROOMS {
        delivered += hub.publish(room, "broadcast");
    }
    for &id in &ids {
        hub.disconnect(id);
    }
    delivered as u64
}
