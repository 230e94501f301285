// learner: optimal
// idiom: Kotlin-dev style: impl Node with private helper methods (fresh, up), loop/break walk, VecDeque-free, Drop using std::mem::replace
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, parent_link: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent_link, kids: vec![] }))
    }

    fn up(&self) -> Option<NodeRef<T>> {
        self.parent_link.upgrade()
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::replace(&mut self.kids, Vec::new());
        loop {
            let Some(next) = stack.pop() else { break };
            let Ok(cell) = Rc::try_unwrap(next) else { continue };
            let mut node = cell.into_inner();
            let grandkids = std::mem::replace(&mut node.kids, Vec::new());
            stack.extend(grandkids);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Node::fresh(value, Rc::downgrade(parent));
    parent.borrow_mut().kids.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut result = Vec::new();
    let mut current = node.clone();
    loop {
        result.push(current.borrow().value.clone());
        let next = match current.borrow().up() {
            Some(p) => p,
            None => break,
        };
        current = next;
    }
    result.reverse();
    result
}
