// learner: slow
// why: Hub::disconnect is O(T) time (all topics on the server), target O(t): without a conn -> topics index it visits every topic's set
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<Rc<str>>>,
    topics: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.outboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        self.topics.entry(topic.to_owned()).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let (removed, empty) = match self.topics.get_mut(topic) {
            Some(subs) => (subs.remove(&conn), subs.is_empty()),
            None => (false, false),
        };
        if empty {
            self.topics.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        self.topics.values_mut().for_each(|subs| {
            subs.remove(&conn);
        });
        self.topics.retain(|_, subs| !subs.is_empty());
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let msg: Rc<str> = Rc::from(msg);
        match self.topics.get(topic) {
            None => 0,
            Some(subs) => {
                let outboxes = &mut self.outboxes;
                subs.iter()
                    .filter(|id| match outboxes.get_mut(id) {
                        Some(outbox) => {
                            outbox.push(Rc::clone(&msg));
                            true
                        }
                        None => false,
                    })
                    .count()
            }
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outboxes
            .get_mut(&conn)
            .map(|o| o.drain(..).map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.topics.get(topic).into_iter().flatten().copied().collect();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
