// learner: optimal
// idiom: pipeline style, iter::successors up the Weak links, map/collect then rev, Drop via from_fn worklist and flat_map
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = std::mem::take(&mut self.kids);
        while let Some(n) = work.pop() {
            let freed = Rc::try_unwrap(n)
                .ok()
                .map(|cell| std::mem::take(&mut cell.into_inner().kids))
                .unwrap_or_default();
            work.extend(freed);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, kids: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, up: Some(Rc::downgrade(parent)), kids: vec![] }));
    parent.borrow_mut().kids.push(Rc::clone(&kid));
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = std::iter::successors(Some(node.clone()), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}
