// `let name: Rc<str> = Rc::from(plugin.name())`: the annotation names the
// type, not a size. The value comes from a call the walk did not follow (a
// trait object's method), so copying it (`name.to_string()`) costs a length
// the walk can only assume: an upper bound, not a finding. A plugin's name
// is not the number of plugins.
// expect Registry::register: time O(n), space O(n)
// target Registry::register: time O(log n), space O(1)
// unsure: the name's length is not the size the target counts
use std::collections::HashMap;
use std::rc::Rc;

pub trait Plugin {
    fn name(&self) -> &str;
}

pub struct Registry {
    by_name: HashMap<Rc<str>, usize>,
}

impl Registry {
    pub fn register(&mut self, plugin: Box<dyn Plugin>) -> Result<(), String> {
        let name: Rc<str> = Rc::from(plugin.name());
        if self.by_name.contains_key(&name) {
            return Err(name.to_string());
        }
        let next = self.by_name.len();
        self.by_name.insert(name, next);
        Ok(())
    }
}
