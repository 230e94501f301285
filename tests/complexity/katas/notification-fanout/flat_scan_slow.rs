// learner: slow
// why: Hub::publish is O(connections x topics) time, target O(s): no topic index, every publish sweeps every slot and its topic list
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Slot {
    live: bool,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Slot>,
}

fn find(list: &[String], t: &str) -> usize {
    let mut i = 0;
    while i < list.len() {
        if list[i] == t {
            return i;
        }
        i += 1;
    }
    usize::MAX
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Slot { live: true, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.slots.len() && self.slots[conn as usize].live
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let s = &mut self.slots[conn as usize];
        if find(&s.topics, topic) != usize::MAX {
            return false;
        }
        s.topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let s = &mut self.slots[conn as usize];
        let i = find(&s.topics, topic);
        if i == usize::MAX {
            return false;
        }
        s.topics.swap_remove(i);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let s = &mut self.slots[conn as usize];
        s.live = false;
        s.topics = Vec::new();
        s.outbox = Vec::new();
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut hits = 0;
        for s in self.slots.iter_mut() {
            if s.live && find(&s.topics, topic) != usize::MAX {
                s.outbox.push(msg.to_string());
                hits += 1;
            }
        }
        hits
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        std::mem::take(&mut self.slots[conn as usize].outbox)
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v = Vec::new();
        for (i, s) in self.slots.iter().enumerate() {
            if s.live && find(&s.topics, topic) != usize::MAX {
                v.push(i as ConnId);
            }
        }
        v
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for s in &self.slots {
            for t in &s.topics {
                if find_str(&seen, t) {
                    continue;
                }
                seen.push(t);
            }
        }
        seen.len()
    }
}

fn find_str(list: &[&str], t: &str) -> bool {
    for x in list {
        if *x == t {
            return true;
        }
    }
    false
}
