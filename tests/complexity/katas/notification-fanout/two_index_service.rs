// learner: optimal
// idiom: Spring-style: Connection session entity + topic registry (HashMap<String, HashSet>), Rc<str> payload shared across outboxes, small private helpers
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct ConnectionSession {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, ConnectionSession>,
    topic_registry: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.sessions.insert(id, ConnectionSession::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.sessions.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(session) = self.sessions.get_mut(&conn) else {
            return false;
        };
        if !session.topics.insert(topic.to_owned()) {
            return false;
        }
        self.topic_registry.entry(topic.to_owned()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .sessions
            .get_mut(&conn)
            .map(|session| session.topics.remove(topic))
            .unwrap_or(false);
        if removed {
            self.detach_from_topic(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.sessions.remove(&conn) {
            Some(session) => {
                session.topics.iter().for_each(|topic| self.detach_from_topic(conn, topic));
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subscribers) = self.topic_registry.get(topic) else {
            return 0;
        };
        let payload: Rc<str> = Rc::from(msg);
        for id in subscribers {
            if let Some(session) = self.sessions.get_mut(id) {
                session.outbox.push(Rc::clone(&payload));
            }
        }
        subscribers.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions
            .get_mut(&conn)
            .map(|session| std::mem::take(&mut session.outbox))
            .map(|outbox| outbox.iter().map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .topic_registry
            .get(topic)
            .map(|set| set.iter().copied().collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topic_registry.len()
    }

    fn detach_from_topic(&mut self, conn: ConnId, topic: &str) {
        let now_empty = self
            .topic_registry
            .get_mut(topic)
            .map(|set| {
                set.remove(&conn);
                set.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            self.topic_registry.remove(topic);
        }
    }
}
