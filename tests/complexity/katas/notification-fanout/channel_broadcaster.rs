// learner: optimal
// idiom: PHP Laravel developer: Broadcaster with a `channels` map and a `connections` map of Connection models; a String clone per delivery, mem::take for the outbox
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    channels: HashSet<String>,
    pending: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: HashMap<ConnId, Connection>,
    channels: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.connections.insert(id, Connection::default());
        self.next_id += 1;
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let connection = match self.connections.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !connection.channels.insert(topic.to_string()) {
            return false;
        }
        self.channels.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .connections
            .get_mut(&conn)
            .map(|c| c.channels.remove(topic))
            .unwrap_or(false);
        if removed {
            self.leave_channel(topic, conn);
        }
        removed
    }

    fn leave_channel(&mut self, topic: &str, conn: ConnId) {
        let now_empty = match self.channels.get_mut(topic) {
            Some(members) => {
                members.remove(&conn);
                members.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.channels.remove(topic);
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.connections.remove(&conn) {
            Some(connection) => {
                for topic in connection.channels {
                    self.leave_channel(&topic, conn);
                }
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let members = match self.channels.get(topic) {
            Some(m) => m,
            None => return 0,
        };
        for id in members {
            if let Some(connection) = self.connections.get_mut(id) {
                connection.pending.push(msg.to_string());
            }
        }
        members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.connections
            .get_mut(&conn)
            .map(|c| std::mem::take(&mut c.pending))
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut list: Vec<ConnId> = self
            .channels
            .get(topic)
            .into_iter()
            .flatten()
            .copied()
            .collect();
        list.sort();
        list
    }

    pub fn topic_count(&self) -> usize {
        self.channels.len()
    }
}
