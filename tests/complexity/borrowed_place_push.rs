// A `let` bound to a place in `self` (`get_mut(..).expect(..)`) lends the
// structure's own data: pushing into it is the delivery the method is for,
// not memory of this call. A local built from scratch is.
// expect Hub::publish: time O(n), space O(1)
// target Hub::publish: time O(n), space O(1)
// expect Hub::snapshot: time O(n), space O(n)
// target Hub::snapshot: time O(n), space O(n)
use std::collections::{HashMap, VecDeque};

pub struct Client {
    pending: VecDeque<u64>,
}

pub struct Hub {
    clients: HashMap<u32, Client>,
    rooms: HashMap<String, Vec<u32>>,
}

impl Hub {
    pub fn publish(&mut self, topic: &str, msg: u64) -> usize {
        let Some(members) = self.rooms.get(topic) else {
            return 0;
        };
        for id in members {
            let client = self.clients.get_mut(id).expect("members are connected");
            client.pending.push_back(msg);
        }
        members.len()
    }

    pub fn snapshot(&self) -> Vec<u64> {
        let mut all = Vec::new();
        for client in self.clients.values() {
            all.push(client.pending.len() as u64);
        }
        all
    }
}
