import{a as e,d as t,f as n,l as r,n as i,o as a,p as o,r as s,v as c,y as l}from"./index-OuO7w1YL.js";import{n as u,t as d}from"./SignInNeeded-C1NmuQTm.js";import{n as f}from"./forms-CfsXvyM-.js";var p=o(),m=i(`
  query SchoolDesk($id: ID!) {
    school(id: $id) {
      id name nameEn city district stage rural underResourced educationGroup studentCount
      bookings(first: 50) {
        totalCount
        edges { node {
          id status students teachers note createdAt waitlistPosition calendar
          session {
            id startsAt endsAt timeZone
            venue { id name nameEn }
            programme { id title titleEn }
            talk { id title titleEn }
          }
        } }
      }
      pairings(first: 20) {
        edges { node {
          id kind startsOn endsOn active
          venue { id name nameEn }
          expert { id name nameEn title titleEn }
        } }
      }
    }
  }
`),h=i(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      booking { id status waitlistPosition calendar }
      userErrors { field code message }
    }
  }
`),g=[`REQUESTED`,`CONFIRMED`,`WAITLISTED`];function _(){let e=u([`school`]);return e?.schoolId?(0,p.jsx)(v,{id:e.schoolId}):(0,p.jsx)(d,{role:`school`})}function v({id:i}){let{t:o,label:c,pick:u,date:d}=n(),{query:f}=t(),[{data:h,fetching:g,error:_}]=l({query:m,variables:{id:i}});if(!h)return g?(0,p.jsx)(s,{}):(0,p.jsx)(a,{error:_});let v=h.school,b=v.pairings.edges.map(e=>e.node),x=b.filter(e=>e.kind===`PARTNER_VENUE`),S=b.filter(e=>e.kind===`SCIENCE_VICE_PRINCIPAL`);return(0,p.jsxs)(`section`,{children:[(0,p.jsx)(e,{children:u(v.name,v.nameEn)}),(0,p.jsxs)(`p`,{className:`muted`,children:[c(`city`,v.city),` · `,c(`district`,v.district),` · `,c(`stage`,v.stage),` · `,o(`school.students`,{n:v.studentCount}),v.rural&&(0,p.jsxs)(p.Fragment,{children:[` · `,o(`school.rural`)]}),v.underResourced&&(0,p.jsxs)(p.Fragment,{children:[` · `,o(`school.underResourced`)]})]}),f.get(`booked`)&&(0,p.jsx)(`p`,{role:`status`,className:`notice`,children:o(`booking.done`)}),(0,p.jsx)(`h2`,{children:o(`school.bookings`,{n:v.bookings.totalCount})}),v.bookings.edges.length===0&&(0,p.jsxs)(`p`,{className:`muted`,children:[o(`school.noBookings`),` `,(0,p.jsx)(r,{to:`/`,children:o(`nav.search`)})]}),(0,p.jsx)(`ul`,{className:`cards`,children:v.bookings.edges.map(({node:e})=>(0,p.jsx)(y,{booking:e},e.id))}),(0,p.jsx)(`h2`,{children:o(`school.pairings`)}),x.length===0&&(0,p.jsx)(`p`,{className:`muted`,children:o(`school.noPairings`)}),(0,p.jsx)(`ul`,{children:x.map(e=>(0,p.jsxs)(`li`,{children:[e.venue&&(0,p.jsx)(r,{to:`/venues/${e.venue.id}`,children:u(e.venue.name,e.venue.nameEn)}),` · `,o(`school.since`,{date:d(e.startsOn)}),!e.active&&(0,p.jsxs)(p.Fragment,{children:[` · `,o(`school.ended`)]})]},e.id))}),(0,p.jsx)(`h2`,{children:o(`school.vicePrincipal`)}),S.length===0&&(0,p.jsx)(`p`,{className:`muted`,children:o(`school.noVicePrincipal`)}),(0,p.jsx)(`ul`,{children:S.map(e=>(0,p.jsxs)(`li`,{children:[e.expert&&(0,p.jsx)(r,{to:`/experts/${e.expert.id}`,children:u(e.expert.name,e.expert.nameEn)}),` `,e.expert&&u(e.expert.title,e.expert.titleEn),` · `,o(`school.since`,{date:d(e.startsOn)})]},e.id))})]})}function y({booking:e}){let{t,label:i,pick:o,dateTime:s}=n(),[l,u]=c(h),{session:d}=e,m=d.programme??d.talk,_=d.programme?`/programmes/${d.programme.id}`:`/talks/${d.talk?.id}`;return(0,p.jsxs)(`li`,{className:`card booking-card`,"aria-label":m?o(m.title,m.titleEn):e.id,children:[(0,p.jsxs)(`p`,{className:`status ${e.status.toLowerCase()}`,children:[i(`status`,e.status),e.waitlistPosition!=null&&` · ${t(`booking.waitlistPosition`,{n:e.waitlistPosition})}`]}),(0,p.jsx)(`h3`,{children:m?(0,p.jsx)(r,{to:_,children:o(m.title,m.titleEn)}):e.id}),(0,p.jsxs)(`p`,{className:`muted`,children:[(0,p.jsx)(`time`,{dateTime:d.startsAt,children:s(d.startsAt,d.timeZone)}),d.venue&&(0,p.jsxs)(p.Fragment,{children:[` · `,o(d.venue.name,d.venue.nameEn)]})]}),(0,p.jsxs)(`p`,{children:[t(`booking.party`,{students:e.students,teachers:e.teachers}),e.note&&` · ${e.note}`]}),(0,p.jsx)(f,{error:l.data?.cancelBooking.userErrors[0]}),(0,p.jsx)(a,{error:l.error}),(0,p.jsxs)(`div`,{className:`actions`,children:[e.calendar&&(0,p.jsx)(`button`,{type:`button`,onClick:()=>b(`kepu-${e.id}.ics`,e.calendar),children:t(`booking.calendar`)}),g.includes(e.status)&&(0,p.jsx)(`button`,{type:`button`,className:`danger`,disabled:l.fetching,onClick:()=>confirm(t(`booking.cancelConfirm`))&&u({id:e.id}),children:t(`booking.cancel`)})]})]})}function b(e,t){let n=URL.createObjectURL(new Blob([t],{type:`text/calendar;charset=utf-8`})),r=Object.assign(document.createElement(`a`),{href:n,download:e});document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),1e3)}export{_ as default};