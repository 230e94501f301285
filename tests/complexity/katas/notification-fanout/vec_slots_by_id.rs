// learner: optimal
// idiom: Idris-style: ids index a Vec<Option<Conn>> (dense, never reused), String topics, exhaustive matches, invariants as comments
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// A live connection. Invariant: t in topics  <=>  id in hub.subscribers[t].
#[derive(Debug, Default)]
struct Live {
    topics: HashSet<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // slots[id] is Some exactly while id is connected; slots.len() == next_id.
    slots: Vec<Option<Live>>,
    // Invariant: every set here is non-empty.
    subscribers: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn live_mut(&mut self, conn: ConnId) -> Option<&mut Live> {
        match self.slots.get_mut(conn as usize) {
            Some(Some(live)) => Some(live),
            Some(None) | None => None,
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.slots.push(Some(Live::default()));
        self.next_id += 1;
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.slots.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let fresh = match self.live_mut(conn) {
            None => false,
            Some(live) => live.topics.insert(topic.to_string()),
        };
        match fresh {
            false => false,
            true => {
                self.subscribers.entry(topic.to_string()).or_default().insert(conn);
                true
            }
        }
    }

    fn forget(&mut self, conn: ConnId, topic: &str) {
        let now_empty = match self.subscribers.get_mut(topic) {
            Some(set) => {
                set.remove(&conn);
                set.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.subscribers.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = match self.live_mut(conn) {
            Some(live) => live.topics.remove(topic),
            None => false,
        };
        if had {
            self.forget(conn, topic);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let taken = match self.slots.get_mut(conn as usize) {
            Some(slot) => slot.take(),
            None => None,
        };
        match taken {
            None => false,
            Some(live) => {
                for topic in live.topics.iter() {
                    self.forget(conn, topic);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.subscribers.get(topic) {
            Some(set) => set,
            None => return 0,
        };
        let mut count = 0;
        for &id in set {
            if let Some(Some(live)) = self.slots.get_mut(id as usize) {
                live.outbox.push(msg.to_owned());
                count += 1;
            }
        }
        count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.live_mut(conn) {
            Some(live) => std::mem::take(&mut live.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = match self.subscribers.get(topic) {
            Some(set) => set.iter().copied().collect::<Vec<_>>(),
            None => Vec::new(),
        };
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.subscribers.len()
    }
}
