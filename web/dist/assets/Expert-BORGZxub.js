import{a as e,c as t,f as n,i as r,l as i,n as a,o,p as s,r as c,y as l}from"./index-OuO7w1YL.js";var u=s(),d=a(`
  query ExpertPage($id: ID!) {
    expert(id: $id) {
      id name nameEn title titleEn academicianOf fields bio bioEn
      affiliation { id name nameEn district }
      talks(first: 20) { edges { node { id title titleEn gradeBands delivery } } }
      schools(first: 20) { totalCount edges { node { id name nameEn } } }
    }
  }
`);function f({id:a}){let{t:s,label:f,pick:p}=n(),[{data:m,fetching:h,error:g}]=l({query:d,variables:{id:a}});if(!m)return h?(0,u.jsx)(c,{}):g?(0,u.jsx)(o,{error:g}):(0,u.jsx)(r,{});let _=m.expert;return _?(0,u.jsxs)(`article`,{className:`detail`,children:[(0,u.jsx)(`p`,{className:`badge`,children:_.academicianOf?f(`academy`,_.academicianOf):f(`type`,`EXPERT`)}),(0,u.jsx)(e,{children:p(_.name,_.nameEn)}),(0,u.jsxs)(`p`,{className:`muted`,children:[p(_.title,_.titleEn),_.affiliation&&(0,u.jsxs)(u.Fragment,{children:[` · `,(0,u.jsx)(i,{to:`/venues/${_.affiliation.id}`,children:p(_.affiliation.name,_.affiliation.nameEn)})]})]}),(0,u.jsx)(t,{group:`subject`,values:_.fields}),(0,u.jsx)(`p`,{children:p(_.bio,_.bioEn)}),(0,u.jsx)(`h2`,{children:s(`expert.talks`)}),(0,u.jsx)(`ul`,{children:_.talks.edges.map(({node:e})=>(0,u.jsxs)(`li`,{children:[(0,u.jsx)(i,{to:`/talks/${e.id}`,children:p(e.title,e.titleEn)}),` · `,f(`delivery`,e.delivery)]},e.id))}),(0,u.jsx)(`h2`,{children:s(`expert.schools`,{n:_.schools.totalCount})}),(0,u.jsx)(`ul`,{children:_.schools.edges.map(({node:e})=>(0,u.jsx)(`li`,{children:p(e.name,e.nameEn)},e.id))})]}):(0,u.jsx)(r,{})}export{f as default};