// learner: slow
// why: Hub::publish is O(connections) time, target O(s): no topic index, publish asks every connection whether it follows the topic
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    topics: Vec<String>,
    outbox: Vec<String>,
}

impl Connection {
    fn follows(&self, topic: &str) -> bool {
        for t in &self.topics {
            if t == topic {
                return true;
            }
        }
        false
    }

    fn unfollow(&mut self, topic: &str) -> bool {
        for i in 0..self.topics.len() {
            if self.topics[i] == topic {
                self.topics.swap_remove(i);
                return true;
            }
        }
        false
    }

    fn deliver(&mut self, msg: &str) {
        self.outbox.push(msg.to_string());
    }
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: HashMap<ConnId, Connection>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.insert(id, Connection::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.connections.get_mut(&conn) {
            Some(c) if !c.follows(topic) => {
                c.topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.connections.get_mut(&conn) else {
            return false;
        };
        c.unfollow(topic)
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.connections.remove(&conn).is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        self.connections
            .values_mut()
            .filter(|c| c.follows(topic))
            .map(|c| c.deliver(msg))
            .count()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.connections
            .get_mut(&conn)
            .map(|c| std::mem::take(&mut c.outbox))
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .connections
            .iter()
            .filter(|(_, c)| c.follows(topic))
            .map(|(&id, _)| id)
            .collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = self
            .connections
            .values()
            .flat_map(|c| c.topics.iter().map(|t| t.as_str()))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }
}
