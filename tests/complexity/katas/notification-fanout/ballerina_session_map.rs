// learner: optimal
// idiom: Ballerina-style: map<Session> keyed by id with a Session record (topics + VecDeque outbox), map<topic, set>, Option combinators and early returns
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Session {
    topics: HashSet<String>,
    outbox: VecDeque<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
    audiences: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.sessions.insert(id, Session::default());
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
        self.audiences.entry(topic.to_owned()).or_default().insert(conn)
    }

    fn leave_audience(&mut self, conn: ConnId, topic: &str) {
        let now_empty = self
            .audiences
            .get_mut(topic)
            .map(|audience| {
                audience.remove(&conn);
                audience.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            self.audiences.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .sessions
            .get_mut(&conn)
            .map_or(false, |session| session.topics.remove(topic));
        if removed {
            self.leave_audience(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(session) = self.sessions.remove(&conn) else {
            return false;
        };
        for topic in &session.topics {
            self.leave_audience(conn, topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(audience) = self.audiences.get(topic) else {
            return 0;
        };
        let sessions = &mut self.sessions;
        audience
            .iter()
            .filter(|id| match sessions.get_mut(id) {
                Some(session) => {
                    session.outbox.push_back(msg.to_owned());
                    true
                }
                None => false,
            })
            .count()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions
            .get_mut(&conn)
            .map(|session| session.outbox.drain(..).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .audiences
            .get(topic)
            .map(|audience| audience.iter().copied().collect())
            .unwrap_or_default();
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.audiences.len()
    }
}
