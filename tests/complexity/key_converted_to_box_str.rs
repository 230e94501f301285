// A URL stored once as a `Box<str>`, the copy shared by two tables: in a
// method, n is how many URLs are stored, and a string argument is one key.
// Converting it (`url.into()`) and cloning the result costs the key's
// length, which the target allows ("besides storing the URL"), not n.
// expect Table::shorten: time O(1), space O(1)
// target Table::shorten: time O(1), space O(1)
use std::collections::HashMap;
pub struct Table {
    by_id: Vec<Box<str>>,
    by_url: HashMap<Box<str>, u32>,
}
impl Table {
    pub fn shorten(&mut self, url: &str) -> u32 {
        if let Some(id) = self.by_url.get(url) {
            return *id;
        }
        let id = self.by_id.len() as u32;
        let boxed: Box<str> = url.into();
        self.by_id.push(boxed.clone());
        self.by_url.insert(boxed, id);
        id
    }
}
