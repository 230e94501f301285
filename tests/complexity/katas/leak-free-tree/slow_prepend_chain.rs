// learner: slow
// why: path_to_root is O(d^2) time, target O(d): prepends by rebuilding the path with once(v).chain(path).collect() at every level
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        while let Some(c) = self.children.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut inner = cell.into_inner();
                self.children.append(&mut inner.children);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = new_node(value);
    c.borrow_mut().parent = Some(Rc::downgrade(parent));
    parent.borrow_mut().children.push(Rc::clone(&c));
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref()?.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut cur = Some(Rc::clone(node));
    while let Some(n) = cur {
        let v = n.borrow().value.clone();
        path = std::iter::once(v).chain(path.into_iter()).collect();
        cur = parent(&n);
    }
    path
}
